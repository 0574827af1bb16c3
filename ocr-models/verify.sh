#!/usr/bin/env bash
# Checks every model listed in MANIFEST.tsv against its SHA-256; names the file that is missing or altered.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
status=0
while IFS=$'\t' read -r file language variant package version sha256 bytes; do
  [ "$file" = file ] && continue
  if [ ! -f "$file" ]; then
    echo "ocr-models: $file ($language) is missing" >&2
    status=1
  elif [ "$(sha256sum "$file" | cut -d' ' -f1)" != "$sha256" ]; then
    echo "ocr-models: $file ($language) does not match MANIFEST.tsv (expected SHA-256 $sha256)" >&2
    status=1
  else
    echo "ok $file $language $variant from $package $version ($bytes bytes)"
  fi
done <MANIFEST.tsv
exit $status
