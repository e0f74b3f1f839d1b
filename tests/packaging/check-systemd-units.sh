#!/usr/bin/env bash
# Checks the systemd units of team mode's scheduled runner (packaging/systemd) and their settings example:
#   check-systemd-units.sh SOURCE_DIR [INSTALLED_SERVICE EXPECTED_KEYTURNCTL]
# SOURCE_DIR is the repository; INSTALLED_SERVICE is the copy that 'cmake --install' installs, whose ExecStart must
# name EXPECTED_KEYTURNCTL. The key settings are checked with grep; when systemd-analyze is installed the units must
# also pass 'systemd-analyze verify' without a warning, and the service's exposure score must stay low.
set -euo pipefail

src=${1:?usage: check-systemd-units.sh SOURCE_DIR [INSTALLED_SERVICE EXPECTED_KEYTURNCTL]}
installed=${2:-}
expected_bin=${3:-}
dir=$src/packaging/systemd
service=$dir/keyturn-run-due.service
timer=$dir/keyturn-run-due.timer
envfile=$dir/run-due.env.example

source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

for f in "$service" "$timer" "$envfile"; do
    [ -f "$f" ] || { echo "FAIL: $f is missing" >&2; exit 1; }
done

# has FILE LINE: FILE holds LINE exactly (a whole line, not a comment).
has() {
    grep -qxF -- "$2" "$1" || fail "$(basename "$1") lacks the line '$2'"
}

has "$service" "Type=oneshot"
has "$service" "User=keyturn"
has "$service" "Group=keyturn"
has "$service" "EnvironmentFile=/etc/keyturn/run-due.env"
# ${KEYTURN_DATABASE} in braces: systemd passes it as exactly one argument (the shell must not expand it here).
# shellcheck disable=SC2016
has "$service" 'ExecStart=/usr/bin/keyturnctl --database ${KEYTURN_DATABASE} run-due'
for line in NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes PrivateDevices=yes \
    ProtectKernelTunables=yes ProtectKernelModules=yes "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX" \
    LockPersonality=yes MemoryDenyWriteExecute=yes SystemCallFilter=@system-service CapabilityBoundingSet=; do
    has "$service" "$line"
done
grep -qE '^TimeoutStartSec=[0-9]+(min|s)?$' "$service" || fail "keyturn-run-due.service sets no TimeoutStartSec"
# A secret on the command line would show in process lists: the service passes none.
if grep -E '^ExecStart=' "$service" | grep -qiE 'password|token|PGPASS'; then
    fail "keyturn-run-due.service passes a secret on its command line"
fi

has "$timer" "OnUnitActiveSec=5min"
has "$timer" "Unit=keyturn-run-due.service"
has "$timer" "Persistent=true"
has "$timer" "WantedBy=timers.target"
grep -qE '^OnBootSec=' "$timer" || fail "keyturn-run-due.timer sets no OnBootSec"
grep -qE '^RandomizedDelaySec=' "$timer" || fail "keyturn-run-due.timer sets no RandomizedDelaySec"

# The settings example documents the workspace, the password file and every token variable Keyturn reads.
grep -qE '^KEYTURN_DATABASE=postgresql://[^:@/]+@' "$envfile" || fail "run-due.env.example sets no KEYTURN_DATABASE"
if grep -E '^KEYTURN_DATABASE=' "$envfile" | grep -qE '://[^/@]*:[^/@]*@'; then
    fail "run-due.env.example puts a password in KEYTURN_DATABASE"
fi
has "$envfile" "PGPASSFILE=/etc/keyturn/pgpass"
tokens=$(grep -ohE '"KEYTURN_[A-Z_]+(TOKEN|PASSWORD)_?"' "$src/app/core/net/TokenStore.cpp" \
    "$src/app/core/net/Connections.cpp" | tr -d '"' | sort -u)
[ -n "$tokens" ] || fail "found no token variable names in app/core/net (TokenStore.cpp, Connections.cpp)"
for var in $tokens; do
    grep -qE "^#?${var}[A-Z0-9_]*=" "$envfile" || fail "run-due.env.example does not document $var"
done
# The example carries no value for a token: each token line is commented out and empty.
if grep -E '^#?KEYTURN_[A-Z0-9_]*(TOKEN|PASSWORD)[A-Z0-9_]*=.' "$envfile" >/dev/null; then
    fail "run-due.env.example gives a token a value"
fi

if [ -n "$installed" ]; then
    if [ ! -f "$installed" ]; then
        fail "the service copy to install, $installed, is missing (configure again)"
    else
        has "$installed" "ExecStart=$expected_bin --database \${KEYTURN_DATABASE} run-due"
        # Apart from ExecStart, the installed copy is the source unit.
        diff <(grep -v '^ExecStart=' "$service") <(grep -v '^ExecStart=' "$installed") >/dev/null ||
            fail "$installed differs from keyturn-run-due.service in more than ExecStart (configure again)"
    fi
fi

if ! command -v systemd-analyze >/dev/null; then
    echo "skipped: systemd-analyze not installed (Debian package 'systemd'); the grep checks ran"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    # verify insists that ExecStart's program exists: the copies run /bin/true with the same arguments.
    true_bin=$(command -v true)
    [[ $true_bin == /* ]] || true_bin=/bin/true
    sed "s|^ExecStart=/usr/bin/keyturnctl |ExecStart=$true_bin |" "$service" >"$work/keyturn-run-due.service"
    cp "$timer" "$work/keyturn-run-due.timer"

    # analyze FILE...: systemd-analyze verify; fails on a non-zero exit or on any message about the units (unknown
    # keys and bad values are only warnings to systemd).
    analyze() {
        local out rc=0
        out=$(cd "$work" && systemd-analyze verify --man=no "$@" 2>&1) || rc=$?
        if [ $rc -ne 0 ] || grep -qE 'keyturn-run-due|broken\.service' <<<"$out"; then
            printf '%s\n' "$out"
            return 1
        fi
    }
    if analyze ./keyturn-run-due.service ./keyturn-run-due.timer; then
        echo "systemd-analyze verify: keyturn-run-due.service and keyturn-run-due.timer are valid"
    else
        fail "systemd-analyze verify found problems in the units (above)"
    fi
    # The check above must be able to fail: a misspelt key has to be reported.
    sed 's/^Type=oneshot$/Tpye=oneshot/' "$work/keyturn-run-due.service" >"$work/broken.service"
    if analyze ./broken.service >/dev/null; then
        fail "systemd-analyze verify did not report a misspelt key; this check cannot see problems here"
    fi

    # The exposure score (0 = locked down, 10 = unprotected); systemd-analyze security --offline exists since 250.
    if systemd-analyze security --help 2>/dev/null | grep -q -- '--offline'; then
        # --threshold counts in tenths of the printed score: 25 means above 2.5 fails.
        if score=$(cd "$work" && systemd-analyze security --offline=yes --threshold=25 ./keyturn-run-due.service 2>&1 |
            grep -oE 'Overall exposure level for [^:]+: [0-9.]+' | grep -oE '[0-9.]+$'); then
            echo "systemd-analyze security: exposure $score"
        else
            fail "systemd-analyze security rates keyturn-run-due.service above 2.5 (or could not rate it)"
        fi
    fi
fi

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "systemd units: all checks passed"
