#!/usr/bin/env bash
# PostgreSQL on this machine: uses the server already running at HOSO_PG_HOST:HOSO_PG_PORT (127.0.0.1:5432);
# on a bare Debian machine installs Debian's PostgreSQL and starts its cluster.
# Usage: infra/postgres.sh start|check|recreate-db NAME
#   HOSO_PG_HOST (127.0.0.1), HOSO_PG_PORT (5432), HOSO_PG_USER (postgres)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HOST="${HOSO_PG_HOST:-127.0.0.1}"
PORT="${HOSO_PG_PORT:-5432}"
USER_NAME="${HOSO_PG_USER:-postgres}"

sql() {
  psql -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres -v ON_ERROR_STOP=1 -qAt -c "$1"
}

answering() {
  command -v pg_isready >/dev/null && pg_isready -q -h "$HOST" -p "$PORT"
}

# A bare install gets the same trust authentication the development machines have, for loopback connections only:
# this is a server for one machine's tests and demos, never one exposed to a network.
trust_loopback() {
  local version=$1 hba="/etc/postgresql/$1/main/pg_hba.conf"
  grep -q '^# hoso: trust loopback' "$hba" && return 0
  local original
  original=$(cat "$hba")
  { echo '# hoso: trust loopback'
    echo 'host all all 127.0.0.1/32 trust'
    echo 'host all all ::1/128 trust'
    echo "$original"; } >"$hba"
  pg_ctlcluster --skip-systemctl-redirect "$version" main reload
}

start() {
  if answering; then
    log "PostgreSQL is running at $HOST:$PORT"
    return 0
  fi
  [ "$HOST" = 127.0.0.1 ] || [ "$HOST" = localhost ] || die "no PostgreSQL answers at $HOST:$PORT"
  apt_install postgresql postgresql-client
  local version
  version=$(ls /etc/postgresql | sort -n | tail -n 1)
  log "starting the PostgreSQL $version cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  trust_loopback "$version"
  local i
  for i in $(seq 30); do answering && break; sleep 1; done
  answering || die "PostgreSQL did not start; see /var/log/postgresql/"
  log "PostgreSQL is running at $HOST:$PORT"
}

check() {
  answering || die "no PostgreSQL answers at $HOST:$PORT"
  sql 'select 1' >/dev/null || die "PostgreSQL at $HOST:$PORT refuses user $USER_NAME without a password"
  log "PostgreSQL answers at $HOST:$PORT"
}

recreate_db() {
  local name=${1:?database name}
  [[ $name =~ ^[a-z_][a-z0-9_]*$ ]] || die "not a plain database name: $name"
  sql "drop database if exists $name with (force)"
  sql "create database $name"
  log "database $name is new and empty"
}

case "${1:-}" in
  start|check) "$1" ;;
  recreate-db) recreate_db "${2:-}" ;;
  *) die "usage: $0 start|check|recreate-db NAME" ;;
esac
