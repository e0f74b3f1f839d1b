#!/usr/bin/env bash
# Keyturn's whole set-up, in two verbs:
#   ./setup.sh demo   install what is missing, build, and open the demo workspace
#   ./setup.sh test   install what is missing, build with warnings as errors, and run every test with ctest
# On Debian 12 as root (or with sudo). Nothing else needs to be installed by hand.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
    libssl-dev libsqlite3-dev libcurl4-openssl-dev libyaml-cpp-dev libgl1-mesa-dev libxkbcommon-dev
    clang-format sqlite3 xvfb xauth fonts-dejavu-core
    python3-aiosmtpd openssl postgresql systemd
    dpkg-dev desktop-file-utils appstream groff-base hicolor-icon-theme
)

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "setup: these Debian packages are missing and I am not root: ${missing[*]}" >&2
            echo "setup: install them with: apt-get install ${missing[*]}" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}

case "${1:-}" in
    demo)
        install_packages
        build dev
        shift
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            shot=build/demo-dashboard.png
            ./build/dev/app/keyturn --demo --screenshot "$shot" --view dashboard "$@"
            echo "setup: no display here, so the demo was rendered to $shot instead of opened."
            echo "setup: on a desktop, ./setup.sh demo opens the window; or run it under xvfb-run."
        else
            exec ./build/dev/app/keyturn --demo "$@"
        fi
        ;;
    test)
        install_packages
        build ci
        export QT_QPA_PLATFORM=offscreen
        ctest --preset ci -j "$(nproc)"
        ;;
    *)
        echo "usage: ./setup.sh demo | ./setup.sh test" >&2
        exit 2
        ;;
esac
