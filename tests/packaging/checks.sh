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
