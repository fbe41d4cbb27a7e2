#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A throwaway PostgreSQL 15 cluster on loopback for the test suite.
#   pg-cluster.sh start DIR PORT   -> initdb (once) + start; prints the database URL
#   pg-cluster.sh stop DIR         -> fast shutdown
# PostgreSQL refuses to run as root, so as root it runs as the "postgres" system user.
# Exits 0 without starting anything (and says so) when PostgreSQL is not installed: the tests that
# need it then skip with a message.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "pg-cluster: PostgreSQL server binaries not found; PostgreSQL tests will skip" >&2
  exit 0
fi
as_pg=()
if [[ $(id -u) -eq 0 ]]; then as_pg=(runuser -u postgres --); fi

case "$cmd" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir"; fi
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
      "${as_pg[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >"$dir/initdb.log" 2>&1
    fi
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -o "-k $dir -p $port -h 127.0.0.1 -F" -l "$dir/log" -w start >/dev/null
    "${as_pg[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qAtc "SELECT 1" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
      "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
  *) echo "usage: pg-cluster.sh start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
