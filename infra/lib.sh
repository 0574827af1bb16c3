# Shared helpers for the infra scripts. Source it; do not run it.
# shellcheck shell=bash

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOSO_STATE="${HOSO_STATE:-$REPO/.hoso}"

log() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$(basename "$0" .sh)" "$*" >&2; exit 1; }

# apt_install PACKAGE... — installs only what is missing; runs apt-get update once first.
apt_install() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep 'install ok installed' >/dev/null || missing+=("$package")
  done
  ((${#missing[@]})) || return 0
  [ "$(id -u)" = 0 ] || die "missing Debian packages: ${missing[*]}; install them as root (apt-get install ${missing[*]})"
  log "installing ${missing[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
}

# wait_for_http URL SECONDS [ACCEPTED_CODES_REGEX] — polls until the URL answers with an accepted status.
wait_for_http() {
  local url=$1 seconds=$2 accepted=${3:-'^2'} code deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
    [[ $code =~ $accepted ]] && return 0
    sleep 1
  done
  return 1
}

# pid_alive PIDFILE — true when the pid file names a running process.
pid_alive() {
  [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

# stop_pid PIDFILE NAME — SIGTERM, wait up to 30 s, then SIGKILL.
stop_pid() {
  local pidfile=$1 name=$2 pid i
  if ! pid_alive "$pidfile"; then
    rm -f "$pidfile"
    log "$name is not running"
    return 0
  fi
  pid=$(cat "$pidfile")
  kill "$pid"
  for i in $(seq 30); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; log "$name stopped"; return 0; }
    sleep 1
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
  log "$name did not stop within 30 s and was killed"
}

# maven_fetch GROUP:ARTIFACT:VERSION:TYPE DIR — copies one artifact from Maven Central into DIR.
maven_fetch() {
  command -v mvn >/dev/null || apt_install maven
  mvn -q -B dependency:copy -Dartifact="$1" -DoutputDirectory="$2" -Dmdep.overWriteIfNewer=false \
    || die "could not download $1 from Maven Central"
}
