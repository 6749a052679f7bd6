#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server:
#
#   bash tests/with-postgres.sh npx vitest run
#
# Starts the newest installed Debian PostgreSQL (apt-get install postgresql) in a temporary
# directory on 127.0.0.1:${PG_TEST_PORT:-54329}, trust authentication on loopback only, runs the
# command with TEST_DATABASE_URL set to the server's admin URL (tests/db.ts then creates one
# database per test file), and always stops the server and removes the directory afterwards.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

port="${PG_TEST_PORT:-54329}"
initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$initdb" ]; then
  echo "No PostgreSQL server found. Install one: apt-get install postgresql" >&2
  exit 1
fi
bindir="$(dirname "$initdb")"

dir="$(mktemp -d "${TMPDIR:-/tmp}/wspolnie-pg.XXXXXX")"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_db_user() { runuser -u postgres -- "$@"; }
else
  as_db_user() { "$@"; }
fi

cleanup() {
  local status=$?
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_db_user "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "[with-postgres] $("$bindir/postgres" --version) in $dir, port $port"
# C.UTF-8 so that lower()/upper() treat non-ASCII letters as PGlite does; fall back to C.
if ! as_db_user "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
  rm -rf "$dir/data"
  as_db_user "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
fi

# Durability settings off: the data is thrown away, and tests run faster.
options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
if ! as_db_user "$bindir/pg_ctl" -D "$dir/data" -o "$options" -l "$dir/server.log" -w -t 60 start >/dev/null; then
  echo "[with-postgres] the server did not start:" >&2
  cat "$dir/server.log" >&2 || true
  exit 1
fi

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "[with-postgres] TEST_DATABASE_URL=$TEST_DATABASE_URL"
"$@"
