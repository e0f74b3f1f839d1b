#!/usr/bin/env bash
# Renders the PNG icons under packaging/icons/hicolor from resources/icons/keyturn.svg. The PNGs are committed, so
# building needs no SVG renderer; run this after changing the SVG (needs rsvg-convert: Debian package librsvg2-bin).
# tests/packaging/check-package.sh checks that each PNG has its folder's size.
set -euo pipefail
cd "$(dirname "$0")/../.."
for size in 16 22 24 32 48 64 128 256; do
    dir=packaging/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --output "$dir/org.keyturn.Keyturn.png" resources/icons/keyturn.svg
    echo "rendered $dir/org.keyturn.Keyturn.png"
done
