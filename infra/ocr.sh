#!/usr/bin/env bash
# The OCR runtime from Debian: libtesseract (through tess4j/JNA, which needs the unversioned libtesseract.so from
# libtesseract-dev), leptonica, the tesseract CLI (for benchmarks against it), and fonts with Vietnamese glyphs for
# pages the project renders itself. The models themselves are committed in ocr-models/.
# Usage: infra/ocr.sh install|check
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PACKAGES=(libtesseract5 libtesseract-dev liblept5 tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd
          fonts-dejavu-core fontconfig)

install() {
  apt_install "${PACKAGES[@]}"
  check
}

check() {
  local library
  for library in libtesseract.so liblept.so; do
    ldconfig -p | grep "/$library\$" >/dev/null || die "$library is missing (install libtesseract-dev)"
  done
  "$REPO/ocr-models/verify.sh" >/dev/null || die "ocr-models/ does not match its MANIFEST.tsv"
  log "$(tesseract --version 2>&1 | head -n 1), models verified"
}

case "${1:-}" in
  install|check) "$1" ;;
  *) die "usage: $0 install|check" ;;
esac
