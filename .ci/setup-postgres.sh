#!/usr/bin/env bash
# Debian's PostgreSQL on loopback for the storage contract suite and the multi-host tests. The tests connect
# as bothost/bothost to 127.0.0.1:5432 (or to BOTHOST_TEST_POSTGRES) and make a database of their own each.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
if ! command -v pg_ctlcluster >/dev/null; then
  $sudo apt-get update -q >/dev/null
  $sudo apt-get install -y -q postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q .; then
  $sudo pg_createcluster "$version" main >/dev/null
fi
cluster=$(pg_lsclusters -h | head -1 | awk '{print $1 " " $2}')
# Debian's default listens on localhost only; fsync stays on, so figures measured here are durable ones.
$sudo pg_conftool $cluster set max_connections 300 >/dev/null
$sudo pg_ctlcluster $cluster start 2>/dev/null || $sudo pg_ctlcluster $cluster restart
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
as_postgres "psql -q" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bothost') THEN CREATE ROLE bothost LOGIN PASSWORD 'bothost' CREATEDB; END IF;
END $$;
SQL
pg_isready -h 127.0.0.1
