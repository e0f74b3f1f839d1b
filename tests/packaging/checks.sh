# Sourced by the packaging checks: each check reports itself; a failure is counted and the script goes on, so one run
# lists every problem.
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
ok() { echo "ok: $*"; }
need() { # need TOOL DEBIAN_PACKAGE
    command -v "$1" >/dev/null || {
        echo "FAIL: $1 is not installed (Debian package $2; ./setup.sh installs it)" >&2
        exit 1
    }
}

# png_size FILE: prints "WIDTH HEIGHT" of a PNG (from its IHDR chunk), or nothing if FILE is not a PNG.
png_size() {
    [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || return 0
    local w h
    w=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    h=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    echo "$w $h"
}
