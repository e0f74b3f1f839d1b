#!/bin/sh
# Regenerates the user guide's pictures in docs/guide/images/ from a fresh demo workspace.
# Usage: docs/guide/make-screenshots.sh [PATH-TO-KEYTURN]   (default: build/dev/app/keyturn)
# Each picture is made by: keyturn --demo --screenshot FILE --view NAME
# It runs off-screen with a throwaway HOME (so your own workspace and settings are not touched) and as the
# user "gina", the engineer who reviews the demo's notices (the status bar shows "Acting as: gina").
set -eu

keyturn=${1:-build/dev/app/keyturn}
if [ ! -x "$keyturn" ]; then
    echo "make-screenshots.sh: no keyturn binary at '$keyturn'; build it or give its path" >&2
    exit 2
fi

images=$(cd "$(dirname "$0")" && pwd)/images
mkdir -p "$images"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for view in dashboard inventory consumers approvals rotations calendar audit settings; do
    HOME="$scratch" USER=gina QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$scratch" \
        "$keyturn" --demo --screenshot "$images/$view.png" --view "$view"
    echo "$images/$view.png"
done
