#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server, its URL in TRUST_TRACKER_TEST_POSTGRES_URL.
#
#   infra/with-postgres.sh pytest ...
#
# The server lives in a temporary folder on a free loopback port and is removed when
# the command ends. Without PostgreSQL's server programs the command runs without it
# (the PostgreSQL tests then skip) unless REQUIRE_POSTGRES=1 (as in CI) makes that an error.
set -euo pipefail

if [ -n "${TRUST_TRACKER_TEST_POSTGRES_URL:-}" ]; then
  exec "$@"  # a server was given: use it
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  if [ "${REQUIRE_POSTGRES:-0}" = 1 ]; then
    echo "with-postgres: PostgreSQL is required but its server programs are not installed" >&2
    exit 1
  fi
  echo "with-postgres: no PostgreSQL server programs found; PostgreSQL tests will be skipped" >&2
  exec "$@"
fi

dir=$(mktemp -d /tmp/trust-tracker-pg.XXXXXX)
# initdb refuses to run as root: run the server as the postgres user when we are root.
as_owner=()
if [ "$(id -u)" = 0 ]; then
  id -u postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" postgres
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cleanup() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U trust --auth=trust -E UTF8 >"$dir/initdb.log"
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
"${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U trust trust_tracker_test

export TRUST_TRACKER_TEST_POSTGRES_URL="postgresql://trust@127.0.0.1:$port/trust_tracker_test"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on port $port" >&2
"$@"
