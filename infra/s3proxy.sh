#!/usr/bin/env bash
# An S3-protocol server on this machine: S3Proxy (Apache-2.0) with its filesystem backend, bound to 127.0.0.1.
# Production uses MinIO; no MinIO server can be installed here, and the application speaks S3 through the MinIO SDK
# to either. Usage: infra/s3proxy.sh install|start|check|stop
#   HOSO_S3_PORT (9000), HOSO_S3_DATA ($REPO/data/s3proxy), HOSO_S3_ACCESS_KEY (hoso), HOSO_S3_SECRET_KEY (hoso-secret-key)
# Requests must be signed (AWS v2 or v4) with that key pair; anonymous requests get 403.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${HOSO_S3_PORT:-9000}"
DATA="${HOSO_S3_DATA:-$REPO/data/s3proxy}"
ACCESS_KEY="${HOSO_S3_ACCESS_KEY:-hoso}"
SECRET_KEY="${HOSO_S3_SECRET_KEY:-hoso-secret-key}"
CLASSPATH_FILE="$HOSO_STATE/s3proxy.classpath"
PIDFILE="$DATA/s3proxy.pid"
URL="http://127.0.0.1:$PORT"

install() {
  if [ -s "$CLASSPATH_FILE" ] && [ "$CLASSPATH_FILE" -nt "$REPO/infra/s3proxy/pom.xml" ]; then
    return 0
  fi
  command -v mvn >/dev/null || apt_install maven
  mkdir -p "$HOSO_STATE"
  log "resolving S3Proxy from Maven Central"
  mvn -q -B -f "$REPO/infra/s3proxy/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" \
    || die "could not resolve S3Proxy's classpath"
}

answering() {
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$URL/" || true) == 403 ]]
}

start() {
  if pid_alive "$PIDFILE" && answering; then
    log "already running at $URL"
    return 0
  fi
  install
  mkdir -p "$DATA/objects"
  cat >"$DATA/s3proxy.conf" <<CONF
s3proxy.endpoint=$URL
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$ACCESS_KEY
s3proxy.credential=$SECRET_KEY
jclouds.provider=filesystem
jclouds.filesystem.basedir=$DATA/objects
CONF
  log "starting S3Proxy at $URL (objects in $DATA/objects)"
  nohup java -Xmx256m -Dlogback.configurationFile="$REPO/infra/s3proxy/logback.xml" \
    -cp "$(cat "$CLASSPATH_FILE")" org.gaul.s3proxy.Main --properties "$DATA/s3proxy.conf" \
    >"$DATA/s3proxy.log" 2>&1 &
  echo $! >"$PIDFILE"
  wait_for_http "$URL/" 60 '^403$' || die "S3Proxy did not answer at $URL within 60 s; see $DATA/s3proxy.log"
  log "ready at $URL"
}

check() {
  answering || die "no S3 server answers at $URL"
  log "answering at $URL (anonymous request refused, as it should be)"
}

stop() {
  stop_pid "$PIDFILE" "S3Proxy at $URL"
}

case "${1:-}" in
  install|start|check|stop) "$1" ;;
  *) die "usage: $0 install|start|check|stop" ;;
esac
