#!/usr/bin/env bash
# A private, throwaway PostgreSQL cluster for the tests and the tills benchmark.
#
#   tools/pg_test_cluster.sh start   # initdb in a temp folder, start on 127.0.0.1 at a free port, print the URL
#   tools/pg_test_cluster.sh url     # print the URL of the running cluster
#   tools/pg_test_cluster.sh stop    # stop it and delete its folder
#   PG_TEST_FSYNC=on tools/pg_test_cluster.sh start   # a cluster that syncs its WAL, for benchmarks
#
# The cluster's folder is remembered in $PG_TEST_STATE (default /tmp/charitymart-pg-test.state) so
# start/url/stop may run from different shells. PostgreSQL refuses to run as root, so as root the
# cluster belongs to a system user (PG_TEST_USER, default "postgres", created if missing).
# Use the URL as CHARITYMART_TEST_PG_URL:  CHARITYMART_TEST_PG_URL=$(tools/pg_test_cluster.sh url) pytest ...
set -euo pipefail

STATE=${PG_TEST_STATE:-/tmp/charitymart-pg-test.state}
RUN_AS=${PG_TEST_USER:-postgres}

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$newest" ]; then
    echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
  fi
  echo "$newest"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$RUN_AS" -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

url_of() {
  local folder=$1
  echo "postgresql+psycopg://charitymart@127.0.0.1:$(cat "$folder/port")/postgres"
}

start() {
  if [ -f "$STATE" ] && [ -d "$(cat "$STATE")" ]; then
    url_of "$(cat "$STATE")"
    return
  fi
  local bin folder port
  bin=$(find_bin)
  if [ "$(id -u)" = 0 ] && ! id "$RUN_AS" >/dev/null 2>&1; then
    useradd --system --no-create-home "$RUN_AS"
  fi
  folder=$(mktemp -d /tmp/charitymart-pg.XXXXXX)
  chmod 755 "$folder"
  [ "$(id -u)" = 0 ] && chown "$RUN_AS" "$folder"
  port=$(free_port)
  echo "$port" >"$folder/port"
  # Trust on 127.0.0.1 only: a test cluster with no password; fsync off since it is thrown away
  # (PG_TEST_FSYNC=on for benchmarks: a shop's server syncs every commit).
  as_owner "$bin/initdb" -D "$folder/data" -U charitymart --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log"
  as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$folder/data -c fsync=${PG_TEST_FSYNC:-off} -c max_connections=200 -c shared_buffers=64MB" \
    start >/dev/null
  echo "$folder" >"$STATE"
  url_of "$folder"
}

stop() {
  [ -f "$STATE" ] || return 0
  local folder
  folder=$(cat "$STATE")
  if [ -d "$folder/data" ]; then
    as_owner "$(find_bin)/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$folder" "$STATE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url)
    [ -f "$STATE" ] || { echo "no test cluster is running (tools/pg_test_cluster.sh start)" >&2; exit 1; }
    url_of "$(cat "$STATE")"
    ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
