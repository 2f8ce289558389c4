#!/usr/bin/env bash
# Installs LHC-Forms, the form renderer of the US National Library of
# Medicine (npm package `lforms`), for tests/fhir_renderer.rs, into
# tests/fhir-renderer/lforms. The test loads only the package's prebuilt
# browser bundle (dist/lforms: it already holds Angular and the rest), so the
# package is fetched from the npm registry with `npm pack` and unpacked,
# without its build dependencies. The tarball's SHA-256 is pinned here.
set -euo pipefail
cd "$(dirname "$0")"
VERSION=40.1.3
SHA256=288cff4360e8a90a44e994a01422d2cf970170000ce915b5739ccc383097edd9
if [ -f lforms/package.json ] && grep -q "\"version\": \"$VERSION\"" lforms/package.json; then
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm pack "lforms@$VERSION" --pack-destination "$tmp" --silent >/dev/null
echo "$SHA256  $tmp/lforms-$VERSION.tgz" | sha256sum --check --quiet
rm -rf lforms
mkdir lforms
tar xzf "$tmp/lforms-$VERSION.tgz" -C lforms --strip-components=1
