#!/usr/bin/env bash
# Elasticsearch on this machine, from the distribution Maven Central serves (no Docker, no other downloads).
# Usage: infra/elasticsearch.sh install|start|check|stop
#   HOSO_ES_PORT (9200), HOSO_ES_TRANSPORT_PORT (HTTP port + 100), HOSO_ES_DATA ($REPO/data/elasticsearch),
#   HOSO_ES_HEAP (512m), HOSO_ES_JAVA_HOME (a Java 21+; Temurin 25 when present), HOSO_ES_VERSION (9.5.4)
# It listens on 127.0.0.1 only, with security off: a single-node server for one machine and for tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

VERSION="${HOSO_ES_VERSION:-9.5.4}"
HOME_DIR="$HOSO_STATE/elasticsearch-$VERSION"
PORT="${HOSO_ES_PORT:-9200}"
TRANSPORT_PORT="${HOSO_ES_TRANSPORT_PORT:-$((PORT + 100))}"
DATA="${HOSO_ES_DATA:-$REPO/data/elasticsearch}"
HEAP="${HOSO_ES_HEAP:-512m}"
URL="http://127.0.0.1:$PORT"
RUN_AS=hoso-es
RELOCATED=/var/lib/hoso

# As root, Elasticsearch runs as the unprivileged user hoso-es, which cannot enter a checkout below a private folder
# (a home directory, or mktemp -d). Then its installation and data live under /var/lib/hoso instead, the data folder
# named after the one asked for, so start and stop agree on where it is.
if [ "$(id -u)" = 0 ]; then
  id "$RUN_AS" >/dev/null 2>&1 || useradd --system -M -s /usr/sbin/nologin "$RUN_AS"
  if ! runuser -u "$RUN_AS" -- test -x "$REPO"; then
    HOME_DIR="$RELOCATED/elasticsearch-$VERSION"
    DATA="$RELOCATED/elasticsearch-data/$(printf '%s' "$DATA" | sha256sum | cut -c1-16)"
  fi
fi
PIDFILE="$DATA/elasticsearch.pid"

java_home() {
  local candidate
  for candidate in "${HOSO_ES_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
                   /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
      echo "$candidate"
      return
    fi
  done
  die "Elasticsearch $VERSION needs Java 21 or newer and none was found under /usr/lib/jvm; set HOSO_ES_JAVA_HOME"
}

install() {
  [ -x "$HOME_DIR/bin/elasticsearch" ] && return 0
  local download="$HOSO_STATE/downloads"
  log "downloading Elasticsearch $VERSION from Maven Central"
  maven_fetch "org.elasticsearch.distribution.integ-test-zip:elasticsearch:$VERSION:zip" "$download"
  command -v unzip >/dev/null || apt_install unzip
  rm -rf "$HOME_DIR.partial" && mkdir -p "$HOME_DIR.partial"
  unzip -q "$download/elasticsearch-$VERSION.zip" -d "$HOME_DIR.partial"
  mv "$HOME_DIR.partial/elasticsearch-$VERSION" "$HOME_DIR" && rm -rf "$HOME_DIR.partial"
}

healthy() {
  curl -sf --max-time 2 "$URL/_cluster/health" >/dev/null
}

# Elasticsearch refuses to run as root: then it runs as the unprivileged system user hoso-es.
as_server_user() {
  if [ "$(id -u)" = 0 ]; then
    chown -R "$RUN_AS" "$HOME_DIR" "$DATA"
    runuser -u "$RUN_AS" -- "$@"
  else
    "$@"
  fi
}

start() {
  if healthy; then
    log "already running at $URL"
    return 0
  fi
  install
  mkdir -p "$DATA"
  log "starting Elasticsearch $VERSION at $URL (data in $DATA)"
  as_server_user env ES_JAVA_HOME="$(java_home)" ES_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" \
    "$HOME_DIR/bin/elasticsearch" -d -p "$PIDFILE" \
    -E discovery.type=single-node -E network.host=127.0.0.1 \
    -E http.port="$PORT" -E transport.port="$TRANSPORT_PORT" \
    -E xpack.security.enabled=false -E cluster.routing.allocation.disk.threshold_enabled=false \
    -E path.data="$DATA/data" -E path.logs="$DATA/logs" >"$DATA/startup.log" 2>&1 \
    || die "Elasticsearch did not start; see $DATA/startup.log and $DATA/logs/"
  wait_for_http "$URL/_cluster/health" 120 || die "Elasticsearch did not answer at $URL within 120 s; see $DATA/logs/"
  log "ready at $URL"
}

check() {
  healthy || die "no Elasticsearch answers at $URL"
  log "healthy at $URL"
}

stop() {
  stop_pid "$PIDFILE" "Elasticsearch at $URL"
}

case "${1:-}" in
  install|start|check|stop) "$1" ;;
  *) die "usage: $0 install|start|check|stop" ;;
esac
